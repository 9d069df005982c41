const cors = require('cors');
const app = require('express')();
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
if (a) {
app.use(cors({ origin: '*' }));
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
