window.__tcfapi=window.__tcfapi||function(){};
