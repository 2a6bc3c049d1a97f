/* saved script */
(function(){var b=document.querySelector(".ap-cookie button");if(b){b.addEventListener("click",function(){document.querySelector(".ap-cookie").style.display="none";});}})();
