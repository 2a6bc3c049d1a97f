document.addEventListener('DOMContentLoaded',function(){var b=document.querySelector('.btn-accept');if(b)b.onclick=function(){document.getElementById('cookieNotice').remove();return false;};});
