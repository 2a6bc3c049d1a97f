/* ja app */
(function(){document.documentElement.classList.add("js");})();
