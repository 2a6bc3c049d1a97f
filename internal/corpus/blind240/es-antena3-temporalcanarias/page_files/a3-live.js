(function(){var m=document.querySelector(".live__more");if(m){m.addEventListener("click",function(){m.textContent="Cargando..."})}})();
