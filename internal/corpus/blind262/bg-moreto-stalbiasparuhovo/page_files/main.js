(function(){var b=document.getElementById("cookie-notice");if(b&&localStorage.getItem("ck")){b.style.display="none"}})();
