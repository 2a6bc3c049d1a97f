function acceptCookies(){document.cookie='nt_cookies=1;path=/';document.getElementById('cookie-bar').style.display='none'}
document.querySelectorAll('img.lazy').forEach(function(i){if('IntersectionObserver' in window){}});
