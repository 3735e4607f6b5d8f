# Top-level build for the libgeo C++ library and its Python bindings
cmake_minimum_required(VERSION 3.16)
project(libgeo
  VERSION 2.4.1
  DESCRIPTION "Geometry kernels for spatial data"
  LANGUAGES CXX C)

option(GEO_BUILD_TESTS "Build the unit tests" ON)
option(GEO_WITH_PYTHON "Build the Python module" OFF)
set(CMAKE_CXX_STANDARD 17)
set(CMAKE_CXX_STANDARD_REQUIRED ON)

if(NOT CMAKE_BUILD_TYPE)
  set(CMAKE_BUILD_TYPE Release CACHE STRING "Build type" FORCE)
endif()

find_package(Threads REQUIRED)
find_package(Eigen3 3.3 REQUIRED NO_MODULE)

file(GLOB_RECURSE GEO_SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/src/*.cpp)
add_library(geo SHARED ${GEO_SOURCES})
target_include_directories(geo
  PUBLIC
    $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/include>
    $<INSTALL_INTERFACE:include>)
target_link_libraries(geo PUBLIC Eigen3::Eigen PRIVATE Threads::Threads)
target_compile_options(geo PRIVATE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -O2>
  $<$<CXX_COMPILER_ID:MSVC>:/W4>)

#[[ The bindings need pybind11; a source checkout
    under extern/ is preferred over the system one. ]]
if(GEO_WITH_PYTHON)
  if(EXISTS "${PROJECT_SOURCE_DIR}/extern/pybind11/CMakeLists.txt")
    add_subdirectory(extern/pybind11)
  else()
    find_package(pybind11 2.10 CONFIG REQUIRED)
  endif()
  pybind11_add_module(_geo python/bindings.cpp)
  target_link_libraries(_geo PRIVATE geo)
endif()

function(geo_add_test name)
  add_executable(test_${name} tests/test_${name}.cpp)
  target_link_libraries(test_${name} PRIVATE geo)
  add_test(NAME ${name} COMMAND test_${name} --reporter=compact)
endfunction()

if(GEO_BUILD_TESTS)
  enable_testing()
  foreach(t polygon distance rtree)
    geo_add_test(${t})
  endforeach()
  message(STATUS "libgeo: ${CMAKE_BUILD_TYPE} build, tests enabled")
endif()

install(TARGETS geo EXPORT geoTargets
  LIBRARY DESTINATION lib
  ARCHIVE DESTINATION lib)
install(DIRECTORY include/ DESTINATION include)
