document.addEventListener("DOMContentLoaded",function(){var b=document.getElementById("cookie-banner");if(b&&localStorage.getItem("lrt-consent")){b.hidden=true}});
