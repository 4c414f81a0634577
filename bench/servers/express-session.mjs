// The seeds' express-session program (seed 000), as written there (MemoryStore, saveUninitialized: true,
// a hard-coded secret: the lessons explain why not), on PORT: the baseline to compare with.
import express from "express";
import session from "express-session";

const app = express();
app.use(session({ secret: "secret_key", resave: false, saveUninitialized: true }));
app.get("/setSession", (req, res) => {
  req.session.username = "GeeksForGeeks";
  res.send("Session set successfully!");
});
app.get("/getSession", (req, res) => {
  const username = req.session.username;
  res.send(username ? `Username from session: ${username}` : "No active session found");
});
app.listen(Number(process.env.PORT), "127.0.0.1");
