(function(){var b=document.querySelector(".live__more");if(b){b.addEventListener("click",function(){b.disabled=true})}})();
