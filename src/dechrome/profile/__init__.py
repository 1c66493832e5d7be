"""Site profiles: chrome gives itself away by recurring on every page of a site."""

from .learn import ProfileLearner, learn
from .model import PROFILE_VERSION, SiteProfile, text_key

__all__ = ["PROFILE_VERSION", "ProfileLearner", "SiteProfile", "learn", "text_key"]
