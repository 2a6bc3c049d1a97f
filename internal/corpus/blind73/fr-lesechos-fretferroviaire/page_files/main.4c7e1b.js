self.__NEXT_LOADED=1;
