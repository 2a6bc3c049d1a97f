window.CNBC_PAGE_READY=true;
