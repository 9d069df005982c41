"""FastAPI (Starlette's CORSMiddleware) served by uvicorn, two policies on mounted sub-apps.

PORT and PAGE_ORIGIN come from the environment.
"""
import os

import uvicorn
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

PAGE_ORIGIN = os.environ.get("PAGE_ORIGIN", "http://localhost:3000")
METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"]


def sub_app(**cors):
    sub = FastAPI()
    sub.add_middleware(CORSMiddleware, **cors)

    @sub.api_route("/items", methods=METHODS)
    def items():
        return {"items": [1, 2, 3]}

    return sub


app = FastAPI()
app.mount("/strict", sub_app(allow_origins=[PAGE_ORIGIN], allow_methods=["GET", "POST"],
                             allow_headers=["X-Token"], allow_credentials=True))
# The famous one: '*' plus credentials reflects on preflight, answers '*' on the actual response without a Cookie.
app.mount("/star", sub_app(allow_origins=["*"], allow_methods=["*"], allow_headers=["*"], allow_credentials=True))

if __name__ == "__main__":
    uvicorn.run(app, host="127.0.0.1", port=int(os.environ["PORT"]), log_level="warning")
