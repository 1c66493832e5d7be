# cython: language_level=3
"""`_Builder.walk` (blocks/html.py) compiled with Cython: the same blocks, half the time.

The Python walk pays for an lxml proxy object and a few dozen bytecodes per element;
this one reads libxml2's nodes in C and makes a proxy only for the elements a block or a
context holds. The rules stay in html.py and are called from here: tags, text and tails
(lxml's own `textOf`/`tailOf`), `classify`, `block_text`, <noscript> sizing, SVG titles,
flattening past `max_depth`, joining past `max_blocks`. What is written again here, so as
not to pay a Python call per element or per block, is small: reading the attributes
(`read_attrs`), the context (`_Ctx`, as `Ctx`), and `flush`'s bookkeeping with the Block
it makes. tests/test_walk_parity.py holds the two walks equal, block for block, element
for element, on fixtures, hostile pages and generated ones, and at every limit.

A stack on the heap replaces recursion, so no depth can overflow the C stack; it stops,
with the Python walk's RecursionError, where the Python walk's recursion would.
"""

import dataclasses

from cpython.mem cimport PyMem_Free, PyMem_Malloc, PyMem_Realloc
from cpython.ref cimport Py_INCREF
from cpython.tuple cimport PyTuple_New, PyTuple_SET_ITEM
from libc.string cimport memset, strcmp
from cpython.unicode cimport Py_UNICODE_ISSPACE

cimport lxml.includes.etreepublic as cetree
from lxml.includes cimport tree

from .classes import Cls, classify
from .model import Block
from ..decode import nfc
from .html import _BR, _CELLS, _NO_ATTRS, BLOCK_TAGS, SKIP_TAGS, _local, read_attrs, _skippable, block_text

cetree.import_lxml__etree()

cdef extern from "lxml-version.h":
    const char* LXML_VERSION_STRING

# This walk reads lxml's element structures in place: html.py runs it only beside the lxml
# whose headers it was compiled against (a pip build may take a newer lxml than the one installed).
BUILT_FOR_LXML = LXML_VERSION_STRING.decode("ascii")

cdef enum Kind:
    INLINE, BLOCK, SKIP, BR, SVG, NOSCRIPT

_KINDS = {**dict.fromkeys(SKIP_TAGS, SKIP), **dict.fromkeys(BLOCK_TAGS, BLOCK),
          "br": BR, "svg": SVG, "noscript": NOSCRIPT}
cdef long ICON = Cls.ICON


cdef struct Frame:
    tree.xmlNode* node   # the element whose children are being walked
    tree.xmlNode* child  # its child being walked, or NULL before the first / after the last
    bint in_link
    bint new_ctx         # the element opened a context (on `ctxs`): flush it when leaving
    Py_ssize_t depth


cdef tuple _attrs(cetree._Document doc, tree.xmlNode* c_node):
    """`read_attrs` (html.py) of element `c_node`, reading its attributes in place."""
    cdef tree.xmlAttr* attr = c_node.properties
    cdef const char* name
    cdef bint hidden = False, aria = False
    parts = None
    while attr is not NULL:
        name = <const char*>attr.name
        # A namespaced attribute's name is "{uri}name": never one of those read.
        if attr.type != tree.XML_ATTRIBUTE_NODE or (attr.ns is not NULL and attr.ns.href is not NULL):
            pass
        elif strcmp(name, "hidden") == 0:
            hidden = True
        elif (strcmp(name, "class") == 0 or strcmp(name, "id") == 0 or strcmp(name, "role") == 0
                or strcmp(name, "itemprop") == 0):
            value = _value(doc, c_node, attr)
            if value:
                if parts is None:
                    parts = [value]
                else:
                    parts.append(value)
        elif strcmp(name, "style") == 0:
            compact = _value(doc, c_node, attr).replace(" ", "").lower()
            hidden = hidden or "display:none" in compact or "visibility:hidden" in compact
        elif strcmp(name, "aria-hidden") == 0:
            aria = _value(doc, c_node, attr) == "true"
        attr = attr.next
    if parts is None and not hidden and not aria:
        return _NO_ATTRS
    sig = " ".join(parts).lower() if parts else ""
    return (sig + " aria-hidden" if aria else sig), hidden


cdef str _value(cetree._Document doc, tree.xmlNode* c_node, tree.xmlAttr* attr):
    """The attribute's value as lxml gives it."""
    cdef tree.xmlNode* value = attr.children
    if value is NULL:
        return ""
    if value.next is NULL and value.type == tree.XML_TEXT_NODE:
        return (<const char*>value.content).decode("utf-8")
    # Entities or several nodes: lxml joins them (libxml2's functions are not ours to call).
    return cetree.elementFactory(doc, c_node).get((<const char*>attr.name).decode("utf-8"))


cdef struct Name:
    const tree.xmlChar* name  # libxml2 keeps one copy of each name per document
    Py_ssize_t tag            # where its tag is in `_Stack.tags`
    int kind


cdef class _Stack:
    """Frames on the heap, grown by doubling; bounded by `max_depth`, not by the C stack.

    It also remembers each element name's tag and `Kind`, so that a tag is decoded and
    looked up once per name, not once per element.
    """
    cdef Frame* frames
    cdef Py_ssize_t size, cap, limit
    cdef Name names[256]
    cdef list tags

    def __cinit__(self):
        self.cap = 64
        self.size = 0
        # As deep as the Python walk, one interpreter frame a level, could go from here.
        self.limit = _frames_left()
        self.frames = <Frame*>PyMem_Malloc(self.cap * sizeof(Frame))
        if self.frames is NULL:
            raise MemoryError()
        self.tags = []
        memset(self.names, 0, sizeof(self.names))

    cdef object tag(self, tree.xmlNode* c, int* kind):
        """The tag of element `c` as html.py writes it; its `Kind` goes to `kind`."""
        cdef Name* known = &self.names[(<size_t>c.name >> 3) & 255]
        if c.ns is NULL and known.name == c.name:
            kind[0] = known.kind
            return self.tags[known.tag]
        tag = cetree.namespacedName(c)
        if tag[0] == "{":
            tag = _local(tag)
        kind[0] = _KINDS.get(tag, INLINE)
        if c.ns is NULL:
            known.name, known.tag, known.kind = c.name, len(self.tags), kind[0]
            self.tags.append(tag)
        return tag

    def __dealloc__(self):
        PyMem_Free(self.frames)

    cdef int check(self, Py_ssize_t frames) except -1:
        """Would the Python walk need more than the interpreter's recursion limit for `frames`?
        Then it raises RecursionError (api.py makes it LimitExceededError); so does this walk,
        which could go on, so that both give up on the same pages."""
        if frames > self.limit:
            raise RecursionError("maximum recursion depth exceeded in the block walk")
        return 0

    cdef Frame* push(self, tree.xmlNode* node, bint in_link, bint new_ctx, Py_ssize_t depth) except NULL:
        cdef Frame* grown
        self.check(self.size + 3)
        if self.size == self.cap:
            grown = <Frame*>PyMem_Realloc(self.frames, 2 * self.cap * sizeof(Frame))
            if grown is NULL:
                raise MemoryError()
            self.frames, self.cap = grown, 2 * self.cap
        cdef Frame* f = &self.frames[self.size]
        self.size += 1
        f.node, f.child, f.in_link, f.new_ctx, f.depth = node, NULL, in_link, new_ctx, depth
        return f


cdef extern from *:
    """
    static int dechrome_slot_set(PyObject *slot, PyObject *obj, PyObject *value) {
        return Py_TYPE(slot)->tp_descr_set(slot, obj, value);
    }
    """
    int _slot_set "dechrome_slot_set"(object slot, object obj, object value) except -1


# Block's slots in the order of its fields, when they are the fields `_flush` gives (else None).
_FIELDS = ("index", "text", "tag", "path", "attrs", "link_chars", "hidden", "element", "flags", "cls", "ancestors")
cdef tuple _SLOTS = (tuple(getattr(Block, name) for name in _FIELDS)
                     if tuple(f.name for f in dataclasses.fields(Block)) == _FIELDS
                     and all(type(getattr(Block, name)).__name__ == "member_descriptor" for name in _FIELDS)
                     else None)


cdef class Ctx:
    """html.py's `_Ctx` as a C type, made without a Python frame; the same attributes and
    methods, for html.py's `_Builder.add` and `_svg`, which take either."""
    cdef readonly object el, tag, sig, parent
    cdef readonly long flag, cls
    cdef readonly bint hidden, pre
    cdef tuple _chain

    def enter(self, el, tag, attrs=None):
        """The context of child element `el` (whose `read_attrs` may be given)."""
        sig, hidden = attrs or read_attrs(el)
        return _ctx(el, tag, sig, classify(sig), self, self.hidden or hidden, self.pre or tag == "pre")

    cpdef tuple chain(self):
        """(tags, class texts, flags, elements) from the root down to this one, built once."""
        if self._chain is None:
            if self.parent is None:
                self._chain = ((self.tag,), (self.sig,), (self.flag,), (self.el,))
            else:
                up = (<Ctx>self.parent).chain() if type(self.parent) is Ctx else self.parent.chain()
                self._chain = (_plus(up[0], self.tag), _plus(up[1], self.sig), _plus(up[2], self.flag),
                               _plus(up[3], self.el))
        return self._chain


cdef tuple _plus(tuple head, object last):
    """`head + (last,)`, without the one-item tuple."""
    cdef Py_ssize_t i, n = len(head)
    cdef tuple out = PyTuple_New(n + 1)
    for i in range(n):
        item = head[i]
        Py_INCREF(item)
        PyTuple_SET_ITEM(out, i, item)
    Py_INCREF(last)
    PyTuple_SET_ITEM(out, n, last)
    return out


cdef Py_ssize_t _chain_calls(object ctx):
    """How deep `ctx.chain()` recurses in html.py: through every context whose chain is unmade."""
    cdef Py_ssize_t n = 0
    while type(ctx) is Ctx and (<Ctx>ctx)._chain is None:
        n += 1
        ctx = (<Ctx>ctx).parent
    return n + (ctx is not None)


cdef Ctx _ctx(el, tag, sig, long flag, parent, bint hidden, bint pre):
    """`_Ctx(el, tag, sig, flag, parent, hidden, pre)` (html.py)."""
    cdef Ctx ctx = Ctx.__new__(Ctx)
    ctx.el, ctx.tag, ctx.sig, ctx.flag, ctx.parent = el, tag, sig, flag, parent
    ctx.cls = flag | ((<Ctx>parent).cls if type(parent) is Ctx else parent.cls if parent is not None else 0)
    ctx.hidden, ctx.pre = hidden, pre
    return ctx


cdef inline long _classify(dict flags, str sig) except? -1:
    """`classify(sig)`, remembered for the walk."""
    known = flags.get(sig)
    if known is None:
        known = flags[sig] = classify(sig)
    return known


cdef inline void _flush(object builder, list parts, object ctx, _Stack stack, Py_ssize_t level) except *:
    """`builder.flush(ctx)` (html.py) when `parts` is not empty, statement for statement,
    without its Python frame, for a block under `max_blocks` (html.py takes the rest).
    `level` is how many walk frames the Python walk would have, flushing here."""
    stack.check(level + 4)  # flush, then block_text and nfc
    if level + 2 + stack.size > stack.limit:  # else `chain` cannot recurse that deep
        stack.check(level + 1 + _chain_calls(ctx))
    blocks = builder.blocks
    if type(ctx) is not Ctx or len(blocks) >= builder.max_blocks:
        builder.flush(ctx)
        return
    raw = "".join(parts)
    del parts[:]
    links = builder.link_chars
    builder.link_chars = 0
    if (<Ctx>ctx).pre or _BR in raw or "\xad" in raw or "\u200b" in raw:
        text = block_text(raw, (<Ctx>ctx).pre)
    else:  # block_text's last line, without its call: most blocks are one line of plain text
        text = " ".join(raw.split())
        if not text.isascii():
            text = nfc(text)
    if not text:
        return
    path, attrs, flags, ancestors = (<Ctx>ctx).chain()
    values = (len(blocks), text, (<Ctx>ctx).tag, path, attrs, min(links, len(text)), (<Ctx>ctx).hidden,
              (<Ctx>ctx).el, flags, (<Ctx>ctx).cls, ancestors)
    if _SLOTS is None:
        blocks.append(Block(*values))
        return
    # What frozen.fast_init's `Block.__init__` does, without its Python frame: each field
    # set through its slot.
    block = Block.__new__(Block)
    for i in range(len(values)):
        _slot_set(_SLOTS[i], block, values[i])
    blocks.append(block)


cdef inline void _add(object builder, list parts, str text, bint in_link) except *:
    """A text or tail into the block; whitespace before a block's first word is not kept."""
    if text and (parts or not _isspace(text)):
        parts.append(text)
        if in_link:
            builder.link_chars += len(text.strip())


cdef extern from *:
    """
    /* How many more Python frames the interpreter allows this thread. */
    static int dechrome_frames_left(void) {
        PyThreadState *tstate = PyThreadState_Get();
    #if PY_VERSION_HEX >= 0x030C0000
        return tstate->py_recursion_remaining;
    #elif PY_VERSION_HEX >= 0x030B0000
        return tstate->recursion_remaining;
    #else
        return Py_GetRecursionLimit() - tstate->recursion_depth;
    #endif
    }
    """
    int _frames_left "dechrome_frames_left"()


cdef inline bint _isspace(str text) noexcept:
    """`text.isspace()` for a non-empty `text`, without a method call."""
    cdef Py_ssize_t i
    for i in range(len(text)):
        if not Py_UNICODE_ISSPACE(text[i]):
            return False
    return True


def walk(builder, el, ctx, bint in_link, Py_ssize_t depth):
    """`builder.walk(el, ctx, in_link, depth)`, with the same blocks as a result."""
    cdef cetree._Element top = el
    cdef cetree._Document doc = top._doc
    cdef list parts = builder.parts
    cdef Py_ssize_t max_depth = builder.max_depth
    cdef _Stack stack = _Stack()
    cdef Frame* f
    cdef tree.xmlNode* c
    cdef bint link
    cdef int kind
    flags = {}  # `classify` by class text, for this page: the same few recur
    ctxs = [ctx]  # the context of the frames that opened one, innermost last
    stack.push(top._c_node, in_link, False, depth)
    _add(builder, parts, cetree.textOf(top._c_node), in_link)
    while stack.size:
        f = &stack.frames[stack.size - 1]
        f.child = cetree.findChildForwards(f.node, 0) if f.child is NULL else cetree.nextElement(f.child)
        c = f.child
        if c is NULL:  # the element is done: close its block, then its tail follows in the parent
            if f.new_ctx:
                inner = ctxs.pop()
                if parts:  # flush would return at once
                    _flush(builder, parts, inner, stack, stack.size - 1)
            stack.size -= 1
            if stack.size:
                f = &stack.frames[stack.size - 1]
                _add(builder, parts, cetree.tailOf(f.child), f.in_link)
            continue
        if c.type == tree.XML_ELEMENT_NODE:  # else a comment, processing instruction, entity
            ctx = ctxs[-1]
            if f.depth >= max_depth:
                builder._add(" ".join(cetree.elementFactory(doc, c).itertext()), f.in_link)
            else:
                tag = stack.tag(c, &kind)
                if kind == BLOCK:
                    if parts:
                        _flush(builder, parts, ctx, stack, stack.size)
                    sig, hidden = _attrs(doc, c)
                    ctxs.append(_ctx(cetree.elementFactory(doc, c), tag, sig, _classify(flags, sig), ctx,
                                     ctx.hidden or hidden, ctx.pre or tag == "pre"))
                    _enter(builder, parts, stack, c, f.in_link, f.depth + 1)
                    continue
                elif kind == SKIP:
                    pass
                elif kind == BR:
                    parts.append(_BR)
                elif kind == SVG:
                    builder._svg(cetree.elementFactory(doc, c), ctx)
                elif kind == NOSCRIPT:
                    child = cetree.elementFactory(doc, c)
                    if not _skippable(child):
                        if parts:
                            _flush(builder, parts, ctx, stack, stack.size)
                        ctxs.append(ctx.enter(child, tag))
                        _enter(builder, parts, stack, c, f.in_link, f.depth + 1)
                        continue
                else:
                    link = f.in_link or tag == "a"
                    label = _attrs(doc, c) if c.properties is not NULL else _NO_ATTRS
                    if label is not _NO_ATTRS and (label[1] or _classify(flags, label[0]) & ICON):
                        # Hidden and screen-reader-only inline text is a block of its own.
                        if parts:
                            _flush(builder, parts, ctx, stack, stack.size)
                        ctxs.append(ctx.enter(cetree.elementFactory(doc, c), tag, label))
                        _enter(builder, parts, stack, c, link, f.depth + 1)
                        continue
                    if tag in _CELLS and parts:
                        parts.append(" ")
                    if cetree.hasChild(c):
                        stack.push(c, link, False, f.depth + 1)
                        _add(builder, parts, cetree.textOf(c), link)
                        continue
                    _add(builder, parts, cetree.textOf(c), link)
        _add(builder, parts, cetree.tailOf(c), f.in_link)


cdef inline void _enter(object builder, list parts, _Stack stack, tree.xmlNode* c, bint in_link,
                        Py_ssize_t depth) except *:
    """Start walking `c`'s children in the context just pushed; its own text comes first."""
    stack.push(c, in_link, True, depth)
    _add(builder, parts, cetree.textOf(c), in_link)


# --- The attribute scan of blocks/scan.py, for the metadata steps that look for a byline
# or a date by the words in elements' attributes. The Python loop makes a proxy and a list
# of attributes for every element of the page; this one reads them in place and makes a
# proxy only for the elements that hold such a word.

cdef extern from *:
    """
    #include <string.h>
    /* Does `s` (ASCII) hold one of `words` (lowercase), ignoring case? Lowercased once,
       then searched with the C library's strstr: a class list runs to hundreds of bytes. */
    static int dechrome_holds(const unsigned char *s, const char **words, Py_ssize_t n) {
        char small[512];
        size_t len = strlen((const char *)s);
        char *low = len < sizeof(small) ? small : (char *)PyMem_Malloc(len + 1);
        int found = 0;
        if (low == NULL) { PyErr_NoMemory(); return -1; }
        for (size_t i = 0; i <= len; i++) low[i] = (s[i] >= 'A' && s[i] <= 'Z') ? s[i] | 0x20 : s[i];
        for (Py_ssize_t w = 0; w < n && !found; w++) found = strstr(low, words[w]) != NULL;
        if (low != small) PyMem_Free(low);
        return found;
    }
    """
    int _holds "dechrome_holds"(const unsigned char* s, const char** words, Py_ssize_t n) except -1


cdef bint _ascii(const unsigned char* s) noexcept:
    while s[0]:
        if s[0] >= 128:
            return False
        s += 1
    return True


cdef struct Strings:
    const char** items  # pointers into bytes objects the caller keeps alive
    Py_ssize_t n


cdef Strings _strings(list encoded) except *:
    cdef Strings out
    out.n = len(encoded)
    out.items = <const char**>PyMem_Malloc((out.n + 1) * sizeof(const char*))
    if out.items is NULL:
        raise MemoryError()
    for i in range(out.n):
        out.items[i] = <const char*>(<bytes>encoded[i])
    return out


cdef bint _named(const tree.xmlChar* name, Strings names) noexcept:
    """Is `name` one of `names`?"""
    for i in range(names.n):
        if strcmp(<const char*>name, names.items[i]) == 0:
            return True
    return False


cdef bint _has_words(cetree._Document doc, tree.xmlNode* c_node, Strings keys, Strings words,
                     list py_words) except -1:
    """`scan.has_words` of element `c_node`, reading its attributes in place."""
    cdef tree.xmlAttr* attr = c_node.properties
    cdef tree.xmlNode* value
    cdef const unsigned char* raw
    while attr is not NULL:
        if (attr.type == tree.XML_ATTRIBUTE_NODE and (attr.ns is NULL or attr.ns.href is NULL)
                and _named(attr.name, keys)):
            value = attr.children
            if value is not NULL and value.next is NULL and value.type == tree.XML_TEXT_NODE:
                raw = <const unsigned char*>value.content
                if raw[0] and (not _ascii(raw) or _holds(raw, words.items, words.n)):
                    return True
            elif value is not NULL:  # entities or several nodes: as lxml reads the value
                text = _value(doc, c_node, attr)
                if text and (not text.isascii() or any(w in text.lower() for w in py_words)):
                    return True
        attr = attr.next
    return False


def elements_with_words(root, tags, keys, words):
    """`scan.elements_with_words`: the same elements, in the same (document) order."""
    cdef cetree._Element top = root
    cdef cetree._Document doc = top._doc
    cdef tree.xmlNode* c = top._c_node
    cdef tree.xmlNode* nxt
    encoded = [[t.encode("utf-8") for t in tags], [k.encode("utf-8") for k in keys],
               [w.encode("ascii") for w in words]]
    py_words = list(words)
    cdef Strings c_tags, c_keys, c_words
    c_tags.items = c_keys.items = c_words.items = NULL  # PyMem_Free(NULL) does nothing
    out = []
    try:
        c_tags = _strings(encoded[0])  # one at a time, so that `finally` frees what was made
        c_keys = _strings(encoded[1])
        c_words = _strings(encoded[2])
        while c is not NULL:
            if (c.type == tree.XML_ELEMENT_NODE and c.ns is NULL and c.properties is not NULL
                    and _named(c.name, c_tags) and _has_words(doc, c, c_keys, c_words, py_words)):
                out.append(cetree.elementFactory(doc, c))
            # The next element in document order: the first child, else the next sibling
            # of this one or of the nearest ancestor that has one, within `top`.
            nxt = cetree.findChildForwards(c, 0) if c.type == tree.XML_ELEMENT_NODE else NULL
            while nxt is NULL and c is not top._c_node:
                nxt = cetree.nextElement(c)
                if nxt is NULL:
                    c = c.parent
            c = nxt
    finally:
        PyMem_Free(c_tags.items)
        PyMem_Free(c_keys.items)
        PyMem_Free(c_words.items)
    return out
