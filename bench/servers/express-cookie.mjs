// The seeds' cookie-parser program (seed 000), as written there, on PORT: the baseline to compare with.
import cookieParser from "cookie-parser";
import express from "express";

const app = express();
app.use(cookieParser());
app.get("/setCookie", (req, res) => {
  res.cookie("username", "GeeksForGeeks", { maxAge: 900000, httpOnly: true });
  res.send("Cookie set successfully!");
});
app.get("/getCookie", (req, res) => {
  const username = req.cookies.username;
  res.send(username ? `Username: ${username}` : "No cookie found");
});
app.listen(Number(process.env.PORT), "127.0.0.1");
