document.addEventListener("DOMContentLoaded",function(){var c=document.getElementById("cookie-notice");if(c&&localStorage.getItem("rk-cookies")){c.remove();}});
