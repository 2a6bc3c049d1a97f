document.addEventListener('DOMContentLoaded',function(){var b=document.querySelector('.jeg_cookie_consent .btn-accept');if(b)b.onclick=function(){b.parentNode.style.display='none';};});
