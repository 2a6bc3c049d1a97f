document.addEventListener("DOMContentLoaded",function(){var b=document.getElementById("consent-banner");if(b&&localStorage.getItem("lp-consent")){b.style.display="none";}});
