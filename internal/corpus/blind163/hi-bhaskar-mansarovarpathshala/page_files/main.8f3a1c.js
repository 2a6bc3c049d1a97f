/* bundle */
window.__DB__={page:"article"};
