window.__PATCH__={page:'article'};
