window.__AMARIN__={page:"detail"};
