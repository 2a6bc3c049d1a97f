(function(){var b=document.querySelector(".b-live__more");if(b){b.onclick=function(){b.textContent="Carregando..."}}})();
