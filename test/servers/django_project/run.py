"""Runs the Django test project on 127.0.0.1:$PORT with the threaded development server."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings")

from django.core.management import execute_from_command_line  # noqa: E402

execute_from_command_line(["run.py", "runserver", "--noreload", f"127.0.0.1:{os.environ['PORT']}"])
