(function(){var b=document.getElementById("lgpd-aceitar");if(b){b.addEventListener("click",function(){document.getElementById("lgpd-bar").style.display="none";});}
document.querySelectorAll("img.lazy").forEach(function(i){if(i.dataset.src){i.src=i.dataset.src;i.classList.add("loaded");}});})();
