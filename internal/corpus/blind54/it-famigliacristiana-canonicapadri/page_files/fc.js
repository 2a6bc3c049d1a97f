function initPage(){}
function chiudiCookie(){document.getElementById("cookiebar").style.display="none";}
function share(){window.open("https://www.facebook.com/sharer.php?u="+encodeURIComponent(location.href));}
