// Opens Cockpit's WebSocket as soon as cockpit.js has run, while the browser still fetches and
// runs the module bundle (index.js): cockpit.js connects only on the first channel or
// transport.wait(), and the bundle asks for its first one only once it has been evaluated.
// A file of its own, as a classic script: the page's policy allows no inline script. index.html
// has both before its style sheet: a classic script waits for the sheets above it.
/* global cockpit, window */
cockpit.transport.wait(function () {});

// Answers each small message from Cockpit at once with a `pong` control message, which
// cockpit-ws takes without a reply (nothing is logged either), so that the next message is not
// held back. cockpit-ws writes each message on its own, and its socket holds a small write back
// while an earlier one is not yet acknowledged (Nagle's algorithm); the browser's end
// acknowledges only with data of its own or when its delayed-ACK timer fires (40 ms on Linux,
// longer on other systems). A reply is several messages (ready, response, body, done, close), so
// each one waited for that timer once or more, however fast the service answered (measured in
// test/bench/README.md, 2.). Frames of a big reply are left alone: they come back to back.
// Only on the page's own WebSocket: in the shell's frame the connection is the shell's, and it
// does not pass such a message on.
if (window.parent === window) {
    cockpit.transport.filter(function (message, channel, control) {
        const small = control
            ? control.command !== "ping" && control.command !== "pong" && control.command !== "init"
            : (message.length ?? message.byteLength) < 1024;
        if (small)
            cockpit.transport.control("pong", {});
        return true;
    }, false);
}
