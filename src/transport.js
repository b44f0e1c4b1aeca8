// Opens Cockpit's WebSocket as soon as cockpit.js has run, while the browser still fetches and
// runs the module bundle (index.js): cockpit.js connects only on the first channel or
// transport.wait(), and the bundle asks for its first one only once it has been evaluated.
// A file of its own, as a classic script: the page's policy allows no inline script. index.html
// has both before its style sheet: a classic script waits for the sheets above it.
/* global cockpit */
cockpit.transport.wait(function () {});
