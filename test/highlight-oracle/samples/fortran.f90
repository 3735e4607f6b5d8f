! Heat diffusion on a 1-D rod with explicit finite differences
program heat_rod
  use, intrinsic :: iso_fortran_env, only: dp => real64
  implicit none

  integer, parameter :: nx = 101, nsteps = 5000
  real(dp), parameter :: alpha = 1.0e-4_dp, length = 1.0_dp
  real(dp) :: dx, dt, r
  real(dp), allocatable :: u(:), unew(:)
  integer :: i, step
  character(len=*), parameter :: outfile = 'rod.dat'

  dx = length / real(nx - 1, dp)
  dt = 0.4_dp * dx**2 / alpha
  r = alpha * dt / dx**2

  allocate(u(nx), unew(nx))
  u = 0.0_dp
  u(nx/2-5:nx/2+5) = 100.0_dp   ! hot spot in the middle

  do step = 1, nsteps
     do i = 2, nx - 1
        unew(i) = u(i) + r * (u(i+1) - 2.0_dp*u(i) + u(i-1))
     end do
     unew(1) = 0.0_dp
     unew(nx) = 0.0_dp
     u = unew
     if (mod(step, 1000) == 0 .and. step /= nsteps) then
        print '(a, i5, a, f10.4)', 'step ', step, ' max T = ', maxval(u)
     end if
  end do

  call write_profile(outfile, u, dx)
  deallocate(u, unew)

contains

  subroutine write_profile(name, values, h)
    character(len=*), intent(in) :: name
    real(dp), intent(in) :: values(:), h
    integer :: unit, k
    open(newunit=unit, file=name, status='replace', action='write')
    do k = 1, size(values)
       write(unit, '(2es16.8)') (k - 1) * h, values(k)
    end do
    close(unit)
  end subroutine write_profile

end program heat_rod
