/* eb bundle */
(function(){document.documentElement.classList.add("js")})();
