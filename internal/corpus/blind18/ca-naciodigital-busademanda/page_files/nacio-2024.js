document.querySelectorAll("img.lazy");
