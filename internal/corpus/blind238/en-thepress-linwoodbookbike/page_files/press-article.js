(function(){var b=document.getElementById("consent");if(!b)return;b.addEventListener("click",function(e){if(e.target.tagName==="BUTTON"){b.style.display="none";}});})();
