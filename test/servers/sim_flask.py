"""Serves many flask-cors configurations at once for the simulation differential test.

SIM_CONFIGS names a JSON file of [{"prefix": "/c0", "source": "<python>"}]; each source is executed as
written (it builds `app` and calls CORS on it) and the resulting app is mounted at its prefix.
"""
import json
import os

from flask import Flask
from werkzeug.middleware.dispatcher import DispatcherMiddleware
from werkzeug.serving import run_simple


def build(source):
    # Flask finds its root path through __name__; the main module has one.
    ns = {"__name__": "__main__"}
    exec(compile(source, "<config>", "exec"), ns)
    app = ns["app"]

    @app.route("/", defaults={"p": ""}, methods=["GET", "POST", "PUT", "DELETE", "PATCH"])
    @app.route("/<path:p>", methods=["GET", "POST", "PUT", "DELETE", "PATCH"])
    def any_path(p):
        return "ok"

    return app


with open(os.environ["SIM_CONFIGS"]) as f:
    configs = json.load(f)
root = Flask("root")
mounts = {c["prefix"]: build(c["source"]) for c in configs}
run_simple("127.0.0.1", int(os.environ["PORT"]), DispatcherMiddleware(root, mounts), threaded=True)
