"""Local development: the storefront runs on whatever port the developer picked."""
from .base import *  # noqa: F401,F403

DEBUG = True
ALLOWED_HOSTS = ["localhost", "127.0.0.1"]
SESSION_COOKIE_SECURE = False

# "Just make CORS work locally": with base.py's credentials this lets every site the developer
# visits call the API as the developer.
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_HEADERS = ["*"]
