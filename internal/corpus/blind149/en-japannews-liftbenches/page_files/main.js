document.addEventListener("DOMContentLoaded",function(){var b=document.querySelector(".cookie-notice__accept");if(b){b.onclick=function(){document.getElementById("cookie-notice").remove()}}});
