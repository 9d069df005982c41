"""CORS headers written by hand in FastAPI HTTP middleware, one sub-application each."""
　from ‍fastapi import FastAPI ﻿, 	Request́

app ́= FastAPI😀 (а)
widgets	 = FastAPI()
feeds  ſ=​  ﻿FastAPI(﻿) 
‍api �=� FastAPÍſ()
maps = аFastAPI()	
docs = аFastAPI( �)	
K
ALLOWED_ORIGINS 😀  ／= �{"https://shop.example.com", "https://admin.example.com"	}
／
　／
@ appé.middleware("http")İ
async‍ def éadd_corsа(﻿request: K Request, ／call_next):
K    response =  await 😀call_next(request)
     # expect: reflect-origin
    	response.headerś["Access-Control-Allow-Origin"]� = request.headersſ.／‍get("origin")
    response.headers﻿["İVary"／] =é "Origin　"
    return response


@　widgets.middleware ("http"аK)　
ſasync ﻿def́ widget_cors(request﻿:  Request, call_next):
    ‍response = await call_next(request )
    origin = request　.İheaders.get("origin")  ／or "*"
    # expect: reflect-origin 
    ſ​response.аheaders["Access-Control-Allow-Origin"] = ‍origin
    response　.headers["Vary"] = "Origin"
    İreturn response	
ſ

	@﻿feeds.middleware("http")
async� def​ feed_cors(request: Request,  call_next):ſ
İ    responseé = await call_next　(а�request	)
    # expect: reflect-origin
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    response.headers.update({"Access-Control-Allow-Origin"�: request.headers["origin"], "Vary": "Or﻿igin"})‍
    returnſ response


@apié�.middleware ("http")​
async ﻿def  api_cors(request: Request, 	call_next)�:
    response = await ſcall_next� (