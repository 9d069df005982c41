const express = require('express');
const cors = require('cors');

const app = express();
const partners = ['https://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.example.com'];
const known = partners.map((o) => o.replace(/^https:\/\/a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?a?aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa$/, '').replace(/\/$/, ''));

app.use(cors({ origin: known }));
