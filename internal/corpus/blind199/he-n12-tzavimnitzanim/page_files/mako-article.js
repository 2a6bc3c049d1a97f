/* mako article bundle (saved copy) */
(function(){var l=document.querySelectorAll("img.lazyload");for(var i=0;i<l.length;i++){l[i].setAttribute("loading","lazy")}})();
