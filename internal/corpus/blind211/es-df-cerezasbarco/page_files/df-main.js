(function(){document.body&&document.body.classList.add("df-js")})();
