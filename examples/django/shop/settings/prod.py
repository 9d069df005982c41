"""Production: a partner integration was added under the pre-3.5 setting name."""
from .base import *  # noqa: F401,F403

DEBUG = False

CORS_ORIGIN_WHITELIST = [
    "https://partner.example.net",
]
CORS_ALLOWED_ORIGINS += [
    "http://kiosk.shop.example.com",
]
