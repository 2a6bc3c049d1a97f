(function(){document.documentElement.classList.add("js")})();
