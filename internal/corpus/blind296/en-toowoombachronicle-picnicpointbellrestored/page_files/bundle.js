window.__NCAU=1;
