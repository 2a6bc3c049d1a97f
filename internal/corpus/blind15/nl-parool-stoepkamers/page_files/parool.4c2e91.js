/* saved script */ window.__saved=1;
