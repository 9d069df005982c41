"""Ticketing API: a FastAPI back end for a booking SPA, a public events feed and embeddable widgets.

Each part is a sub-application with its own CORS policy, mounted on the root app. The booking SPA
signs in with a session cookie, so the booking API allows credentials.
Run it with:  uvicorn main:app --port 8000
"""
import os

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from starlette.middleware import Middleware

# Front ends that may call the booking API; the default is what runs when $FRONTEND_ORIGINS is unset.
FRONTEND_ORIGINS = os.getenv(
    "FRONTEND_ORIGINS",
    "https://tickets.example.com/,http://box-office.example.com",
).split(",")

app = FastAPI(title="tickets")

bookings = FastAPI(title="bookings")
bookings.add_middleware(
    CORSMiddleware,
    allow_origins=FRONTEND_ORIGINS + ["null"],  # "null": the kiosk app loads its pages from file://
    allow_origin_regex=r"https://staging.example\.com",
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

# The public feed is read by partner sites; someone turned credentials on "to make it work".
feed = FastAPI(
    title="feed",
    middleware=[
        Middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True, expose_headers=["*"]),
    ],
)

# Seat maps, readable from anywhere.
seatmaps = FastAPI(title="seatmaps")
seatmaps.add_middleware(CORSMiddleware, allow_origins=["*"], allow_methods=["GET"])

EVENTS = [{"id": 1, "name": "Opening night", "seats": 120}, {"id": 2, "name": "Matinee", "seats": 80}]


@bookings.get("/")
async def list_bookings(request: Request):
    return {"user": request.cookies.get("session"), "bookings": []}


@feed.get("/events")
async def events():
    return EVENTS


@seatmaps.get("/{event_id}")
async def seatmap(event_id: int):
    return {"event": event_id, "rows": 12}


@app.get("/embed/next-event")
async def next_event():
    return EVENTS[0]


@app.middleware("http")
async def embed_cors(request: Request, call_next):
    response = await call_next(request)
    # Widgets are embedded on partner blogs; answer whoever asks.
    if request.url.path.startswith("/embed/"):
        response.headers["Access-Control-Allow-Origin"] = request.headers.get("origin", "*")
    return response


app.mount("/bookings", bookings)
app.mount("/feed", feed)
app.mount("/seatmaps", seatmaps)
