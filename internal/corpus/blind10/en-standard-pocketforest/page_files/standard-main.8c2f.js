window.__esi=1;
