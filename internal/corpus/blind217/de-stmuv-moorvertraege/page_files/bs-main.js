(function(){var b=document.getElementById("cookie-hinweis");if(b&&localStorage.getItem("ck"))b.hidden=true;})();
