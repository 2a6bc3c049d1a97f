window.__stuff={};
