# cython: language_level=3
"""`_Builder.walk` (blocks/html.py) compiled: the same walk over libxml2's nodes.

The Python walk pays for an lxml proxy object and a few dozen bytecodes per element;
this one reads the C nodes and makes a proxy only for the elements a `Block` or `_Ctx`
holds (block-level, labelled, <noscript>, <svg>). Everything decided per block, and
every rare path (attributes, classification, flattening past `max_depth`, SVG titles,
<noscript> sizing, joining a block's text), calls the Python functions of html.py, so
the rules have one source. tests/test_walk_parity.py checks both walks give the same
blocks. A stack on the heap replaces recursion: no depth can overflow the C stack.
"""

from cpython.mem cimport PyMem_Free, PyMem_Malloc, PyMem_Realloc
from libc.string cimport memset, strcmp
from cpython.unicode cimport Py_UNICODE_ISSPACE

cimport lxml.includes.etreepublic as cetree
from lxml.includes cimport tree

from .classes import Cls, classify
from .html import _BR, _CELLS, _NO_ATTRS, BLOCK_TAGS, SKIP_TAGS, _Ctx, _local, _skippable, block_text

cetree.import_lxml__etree()

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
    cdef Py_ssize_t size, cap
    cdef Name names[256]
    cdef list tags

    def __cinit__(self):
        self.cap = 64
        self.size = 0
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

    cdef Frame* push(self, tree.xmlNode* node, bint in_link, bint new_ctx, Py_ssize_t depth) except NULL:
        cdef Frame* grown
        if self.size == self.cap:
            grown = <Frame*>PyMem_Realloc(self.frames, 2 * self.cap * sizeof(Frame))
            if grown is NULL:
                raise MemoryError()
            self.frames, self.cap = grown, 2 * self.cap
        cdef Frame* f = &self.frames[self.size]
        self.size += 1
        f.node, f.child, f.in_link, f.new_ctx, f.depth = node, NULL, in_link, new_ctx, depth
        return f


cdef inline long _classify(dict flags, str sig) except? -1:
    """`classify(sig)`, remembered for the walk."""
    known = flags.get(sig)
    if known is None:
        known = flags[sig] = classify(sig)
    return known


cdef inline void _flush(object builder, list parts, object ctx) except *:
    """`builder.flush(ctx)` (html.py) when `parts` is not empty, without its Python frame."""
    raw = "".join(parts)
    del parts[:]
    links = builder.link_chars
    builder.link_chars = 0
    text = block_text(raw, ctx.pre)
    if text:
        builder.add(ctx, text, links)


cdef inline void _add(object builder, list parts, str text, bint in_link) except *:
    """A text or tail into the block; whitespace before a block's first word is not kept."""
    if text and (parts or not _isspace(text)):
        parts.append(text)
        if in_link:
            builder.link_chars += len(text.strip())


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
    f = stack.push(top._c_node, in_link, False, depth)
    _add(builder, parts, cetree.textOf(top._c_node), in_link)
    while stack.size:
        f = &stack.frames[stack.size - 1]
        f.child = cetree.findChildForwards(f.node, 0) if f.child is NULL else cetree.nextElement(f.child)
        c = f.child
        if c is NULL:  # the element is done: close its block, then its tail follows in the parent
            if f.new_ctx:
                inner = ctxs.pop()
                if parts:  # flush would return at once
                    _flush(builder, parts, inner)
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
                        _flush(builder, parts, ctx)
                    sig, hidden = _attrs(doc, c)
                    ctxs.append(_Ctx(cetree.elementFactory(doc, c), tag, sig, _classify(flags, sig), ctx,
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
                            _flush(builder, parts, ctx)
                        ctxs.append(ctx.enter(child, tag))
                        _enter(builder, parts, stack, c, f.in_link, f.depth + 1)
                        continue
                else:
                    link = f.in_link or tag == "a"
                    label = _attrs(doc, c) if c.properties is not NULL else _NO_ATTRS
                    if label is not _NO_ATTRS and (label[1] or _classify(flags, label[0]) & ICON):
                        # Hidden and screen-reader-only inline text is a block of its own.
                        if parts:
                            _flush(builder, parts, ctx)
                        ctxs.append(ctx.enter(cetree.elementFactory(doc, c), tag, label))
                        _enter(builder, parts, stack, c, link, f.depth + 1)
                        continue
                    if tag in _CELLS and parts:
                        parts.append(" ")
                    if cetree.hasChild(c):
                        f = stack.push(c, link, False, f.depth + 1)
                        _add(builder, parts, cetree.textOf(c), link)
                        continue
                    _add(builder, parts, cetree.textOf(c), link)
        _add(builder, parts, cetree.tailOf(c), f.in_link)


cdef inline void _enter(object builder, list parts, _Stack stack, tree.xmlNode* c, bint in_link,
                        Py_ssize_t depth) except *:
    """Start walking `c`'s children in the context just pushed; its own text comes first."""
    stack.push(c, in_link, True, depth)
    _add(builder, parts, cetree.textOf(c), in_link)
