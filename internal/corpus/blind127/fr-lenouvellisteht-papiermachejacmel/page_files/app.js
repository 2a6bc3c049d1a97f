document.addEventListener("DOMContentLoaded",function(){var c=document.getElementById("cookieConsent");});
