(function(){var b=document.querySelector(".rodo-box__ok");if(b){b.addEventListener("click",function(){document.getElementById("rodo").style.display="none";});}})();
