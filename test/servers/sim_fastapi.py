"""Serves many Starlette CORSMiddleware configurations at once for the simulation differential test.

SIM_CONFIGS names a JSON file of [{"prefix": "/c0", "source": "<python>"}]; each source builds `app`
(a FastAPI app with add_middleware) as written; it is mounted at its prefix.
"""
import json
import os

import uvicorn
from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Mount

METHODS = ["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]


async def any_path(p: str = ""):
    return PlainTextResponse("ok")


def build(source):
    ns = {}
    exec(compile(source, "<config>", "exec"), ns)
    app = ns["app"]
    app.add_api_route("/{p:path}", any_path, methods=METHODS)
    return app


with open(os.environ["SIM_CONFIGS"]) as f:
    configs = json.load(f)
root = Starlette(routes=[Mount(c["prefix"], app=build(c["source"])) for c in configs])
uvicorn.run(root, host="127.0.0.1", port=int(os.environ["PORT"]), log_level="warning")
